"""The storyboard as a PowerPoint deck: its look, what fits on a slide, native charts and shapes, one module per
group of slides. python-pptx loads only when a deck is built.
"""
