"""The Samverkansforum page (facilitator or chair) and the member's answer page."""
