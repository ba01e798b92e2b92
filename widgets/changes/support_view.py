"""The support map: the target group's needs, the supports that exist, the gaps, and a table to download."""

from __future__ import annotations

import ipywidgets

from widgets.changes.markup import element
from widgets.components.download import download_link as file_link
from widgets.components.fields import button, html, paragraph, text, text_field
from widgets.components.record_form import RecordForm
from workshop.i18n import _, ngettext
from workshop.inventory import current_target_group
from workshop.support_map import (
    Support,
    SupportDetails,
    SupportMatrix,
    TeamNeeds,
    add_support,
    add_team_need,
    insatser_not_on_the_map,
    remove_team_need,
    set_support_removed,
    support_csv,
    support_matrix,
    update_support,
)
from workshop.support_map.records import SUPPORT


def matrix_table(matrix: SupportMatrix) -> str:
    """Needs × supports as a table; coverage and gaps in words and symbols, not colour alone."""
    if not matrix.needs or not matrix.supports:
        return ""
    covered, not_covered = _("covered"), _("not covered")
    head = "".join(f'<th scope="col">{text(support.name)}</th>' for support in matrix.supports)
    rows = []
    for need in matrix.needs:
        cells = "".join(
            f'<td><span aria-hidden="true">✔</span> {text(covered)}</td>' if matrix.covers(support, need)
            else (f'<td><span aria-hidden="true">–</span>'
                  f'<span class="gk-visually-hidden">{text(not_covered)}</span></td>')
            for support in matrix.supports)
        count = len(matrix.covering(need))
        gap = text(_("Gap"))
        status = (f'<span class="gk-gap"><span aria-hidden="true">⚠</span> {gap}</span>' if count == 0
                  else text(ngettext("{count} support", "{count} supports", count).format(count=count)))
        rows.append(f'<tr><th scope="row">{text(need.label)}</th>{cells}<td>{status}</td></tr>')
    caption = element("caption", _("Needs and supports: which support covers which need"))
    need, coverage = element("th", _("Need"), ' scope="col"'), element("th", _("Coverage"), ' scope="col"')
    return (f'<table class="gk-table">{caption}<thead><tr>{need}{head}{coverage}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def gap_summary(matrix: SupportMatrix) -> str:
    if not matrix.needs:
        return _("Add the target group's needs to see which of them the supports cover.")
    if not matrix.gaps:
        return _("Every need is covered by at least one support.")
    return _("{gaps} of {needs} needs have no support: {names}.").format(
        gaps=len(matrix.gaps), needs=len(matrix.needs), names=", ".join(need.label for need in matrix.gaps))


def download_link(content: bytes) -> str:
    return file_link("stodkarta.csv", "text/csv;charset=utf-8", content,
                     _("Download the support map as a table (CSV)"))


class SupportForm:
    """Fields for one support; ``details()`` reads them back."""

    def __init__(self, support: Support | None, needs: TeamNeeds) -> None:
        support = support or Support(name="")
        self.fields = RecordForm(SUPPORT, support)
        covered = needs.covered(support.needs)
        self.needs = {need.key: ipywidgets.Checkbox(value=need in covered, description=need.label, indent=False)
                      for need in needs.needs}
        # Needs no longer listed stay with the support, so listing them again brings the ticks back.
        self.unlisted = needs.unlisted(support.needs)
        needs_box = ipywidgets.VBox([html(element("strong", _("Needs it covers"))), *self.needs.values()])
        self.children = [*self.fields.shown(), needs_box if self.needs else html("")]

    def details(self) -> SupportDetails:
        ticked = tuple(key for key, box in self.needs.items() if box.value)
        return self.fields.value(needs=(*ticked, *self.unlisted))


class SupportMapView:
    def __init__(self, page) -> None:
        self.page = page
        team_id = page.session.team_id
        self.matrix = support_matrix(page.store, team_id)
        self.needs: TeamNeeds = self.matrix.team_needs
        editing = next((s for s in self.matrix.supports if s.id == page.state.chosen("editing_support")), None)
        self.editing = editing
        self.form = SupportForm(editing, self.needs)
        self.save = button(_("Save the support") if editing is None else _("Save the changes"), primary=True)
        self.save.on_click(page.guard(lambda _button: self._save()))
        form_title = (_("Add a support") if editing is None
                      else _("Change the support “{name}”").format(name=editing.name))
        actions = [self.save]
        if editing is not None:
            cancel = button(_("Cancel the change"))
            cancel.on_click(page.guard(lambda _button: self._stop_editing()))
            actions.append(cancel)
        self.children = [
            paragraph(_("List the support and interventions your target group can get, inside and outside your "
                        "organisation, and mark which needs each one covers. The table shows the gaps.")),
            *self._needs_part(),
            html(f"<h3>{text(form_title)}</h3>"), *self.form.children, ipywidgets.HBox(actions),
            html(element("h3", _("Your supports"))), *self._support_rows(), *self._insatser_part(),
            html(element("h3", _("Needs and gaps"))), paragraph(gap_summary(self.matrix)),
            html(matrix_table(self.matrix)),
            html(download_link(support_csv(self.matrix))),
        ]

    def _needs_part(self) -> list[ipywidgets.Widget]:
        heading = html(element("h3", _("The target group’s needs")))
        inventory = [need.label for need in self.needs.needs if need.id is None]
        if inventory:
            lines = "".join(f"<li>{text(label)}</li>" for label in inventory)
            target = current_target_group(self.page.store, self.page.session.team_id)
            source = (_("The reasons for the case in your target group “{target}” (step 1):").format(
                target=target.description) if target is not None else _("From your target-group inventory (step 1):"))
            introduction = [paragraph(source), html(f"<ul>{lines}</ul>"),
                            paragraph(_("Add needs the inventory cannot show, such as risky alcohol use or debts."))]
        else:
            introduction = [paragraph(_("Your target-group inventory has no needs yet, so write them here, for "
                                        "example unemployment, mental ill-health or debts."))]
        self.new_need = text_field(_("New need"), placeholder=_("e.g. risky alcohol use, debts, no work"))
        add = button(_("Add the need"))
        add.on_click(self.page.guard(lambda _button: self._add_need()))
        rows = []
        for need in self.needs.needs:
            if need.id is None:
                continue
            remove = button(_("Remove the need: {label}").format(label=need.label))
            remove.on_click(self.page.guard(lambda _button, need_id=need.id: self._remove_need(need_id)))
            rows.append(ipywidgets.HBox([html(text(need.label)), remove]))
        return [heading, *introduction, ipywidgets.HBox([self.new_need, add]), *rows]

    def _support_rows(self) -> list[ipywidgets.Widget]:
        if not self.matrix.supports:
            return [paragraph(_("No supports yet."), css_class="gk-muted")]
        rows = []
        for support in self.matrix.supports:
            level = support.prevention_level.label if support.prevention_level else _("Not set")
            facts = " · ".join(part for part in (support.provider, support.scope.label, level,
                                                  support.how_to_reach, support.contact) if part)
            edit = button(_("Change: {name}").format(name=support.name))
            edit.on_click(self.page.guard(lambda _button, support=support: self._edit(support)))
            remove = button(_("Remove: {name}").format(name=support.name))
            remove.on_click(self.page.guard(lambda _button, support=support: self._remove(support)))
            rows.append(ipywidgets.VBox([html(f"<p><strong>{text(support.name)}</strong><br>{text(facts)}</p>"),
                                         ipywidgets.HBox([edit, remove])]))
        return rows

    def _insatser_part(self) -> list[ipywidgets.Widget]:
        """The insatser the clients have now: support that already exists, offered for the map, not as needs."""
        insatser = insatser_not_on_the_map(self.page.store, self.page.session.team_id)
        if not insatser:
            return []
        adders = []
        for name in insatser:
            adder = button(_("Add as a support: {name}").format(name=name))
            adder.on_click(self.page.guard(lambda _button, name=name: self._add_insats(name)))
            adders.append(adder)
        return [paragraph(_("Your clients already get these insatser (step 1). They are supports, not needs: add "
                            "them to the map and mark which needs they cover.")),
                ipywidgets.HBox(adders, layout=ipywidgets.Layout(flex_flow="row wrap"))]

    def _add_insats(self, name: str) -> None:
        session = self.page.session
        support = add_support(self.page.store, session.team_id, SupportDetails(name=name), actor=session.actor)
        self.page.redraw(_("The support “{name}” is saved.").format(name=support.name), editing_support=support.id)

    def _save(self) -> None:
        store, session = self.page.store, self.page.session
        details = self.form.details()
        if self.editing is None:
            support = add_support(store, session.team_id, details, actor=session.actor)
        else:
            support = update_support(store, session.team_id, self.editing.id, details,
                                     expected_version=self.editing.version, actor=session.actor)
        self.page.redraw(_("The support “{name}” is saved.").format(name=support.name), editing_support=None)

    def _edit(self, support: Support) -> None:
        self.page.redraw(editing_support=support.id)

    def _stop_editing(self) -> None:
        self.page.redraw(editing_support=None)

    def _remove(self, support: Support) -> None:
        session = self.page.session
        set_support_removed(self.page.store, session.team_id, support.id, True, expected_version=support.version,
                            actor=session.actor)
        self.page.redraw(_("The support “{name}” is removed from the map.").format(name=support.name),
                         editing_support=None)

    def _add_need(self) -> None:
        need = add_team_need(self.page.store, self.page.session.team_id, self.new_need.value,
                             actor=self.page.session.actor)
        self.page.redraw(_("The need “{label}” is added.").format(label=need.label))

    def _remove_need(self, need_id: int) -> None:
        remove_team_need(self.page.store, self.page.session.team_id, need_id, actor=self.page.session.actor)
        self.page.redraw(_("The need is removed. If you add it again, the same supports cover it as before."))
