"""Reading catalog entries from YAML files: shipped ones and a region's or facilitator's own.

A file that cannot be used is reported with its name, line and field, and the
rest of the catalog still works. Texts are kept exactly as written; pages show
them as text, never as markup.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from workshop.errors import InvalidInput
from workshop.i18n import LANGUAGES, _
from workshop.improvement.measures import clean_measure
from workshop.improvement.model import (
    ChartKind,
    Direction,
    Frequency,
    MeasureKind,
    MeasureUnit,
    PreventionLevel,
)
from workshop.knowledge.model import Bilingual, Catalog, CatalogEntry, CatalogProblem, Source, SuggestedMeasure
from workshop.model import Area

HERE = Path(__file__).resolve().parent
SHIPPED_DIR = HERE / "entries"
SCHEMA_FILE = HERE / "schema.json"
PATTERNS = ("*.yaml", "*.yml")


class EntryError(Exception):
    """One problem in one file; the loader turns it into a :class:`CatalogProblem`."""

    def __init__(self, message: str, *, line: int | None = None, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.field = field


@cache
def _validator():
    # fastjsonschema, not jsonschema: importing jsonschema builds an IRI grammar (about a second of processor time
    # in every kernel that opens step 3), for formats this schema does not use.
    import fastjsonschema

    return fastjsonschema.compile(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")), use_formats=False)


def _parse(text: str):
    """The YAML document and its node tree (the nodes know their line numbers)."""
    import yaml

    # libyaml's parser (in PyYAML's wheels) reads the catalog several times faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise EntryError(_("The file is empty."))
        return loader.construct_document(node), node
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise EntryError(_("The file is not valid YAML ({problem}).").format(problem=error.problem or error),
                         line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise EntryError(_("The file is not valid YAML ({problem}).").format(problem=error)) from None
    finally:
        loader.dispose()


def _line_at(root, path) -> int:
    """The line of the deepest field along ``path`` (keys and list indexes) that exists in the file."""
    import yaml

    node, mark = root, root.start_mark
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((key, value) for key, value in node.value if key.value == step), None)
            if pair is None:
                break
            mark, node = pair[0].start_mark, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            mark = node.start_mark
        else:
            break
    return mark.line + 1


def _field_name(path) -> str:
    name = ""
    for step in path:
        name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else str(step))
    return name


def _schema_message(error) -> tuple[str, list]:
    """A plain message for a schema error, and the path of the field it concerns."""
    # The path is named from the document's root, "data"; list indexes come as digits.
    path = [int(step) if step.isdigit() else step for step in error.path[1:]]
    kind = error.rule
    if kind == "required":
        missing = [name for name in error.rule_definition if name not in error.value]
        return _("This field is missing."), [*path, missing[0]]
    if kind == "additionalProperties":
        unknown = sorted(set(error.value) - set(error.definition.get("properties", {})))
        return _("Unknown field (check the spelling)."), [*path, unknown[0]]
    if kind == "enum":
        return _("Unknown value “{value}”. Use one of: {allowed}.").format(
            value=error.value, allowed=", ".join(error.rule_definition)), path
    if kind == "pattern" and path and path[-1] == "url":
        return _("This is not a web address. Write it in full, starting with https://"), path
    if kind == "pattern" and path == ["id"]:
        return _("The id may contain only lowercase letters a–z, digits and hyphens (3–80 characters)."), path
    if kind in ("minLength", "pattern"):
        return _("This text is empty."), path
    if kind == "minItems":
        return _("Give at least one."), path
    if kind == "maxLength":
        return _("This text is too long (at most {limit} characters).").format(limit=error.rule_definition), path
    if kind in ("minimum", "maximum"):
        return _("This number is out of range."), path
    return _("This has the wrong form (expected {expected}).").format(expected=_schema_type(error)), path


def _schema_type(error) -> str:
    names = {"string": _("text"), "integer": _("a whole number"), "null": _("empty"), "array": _("a list"),
             "object": _("fields with names")}
    expected = error.definition.get("type", "object")
    return _(" or ").join(names.get(kind, kind) for kind in ([expected] if isinstance(expected, str) else expected))


def _check_schema(data, root) -> None:
    from fastjsonschema import JsonSchemaValueException

    try:
        _validator()(data)
    except JsonSchemaValueException as error:
        message, path = _schema_message(error)
        raise EntryError(message, line=_line_at(root, path), field=_field_name(path)) from None


def _bilingual(value: dict) -> Bilingual:
    return Bilingual(sv=value["sv"], en=value.get("en", ""))


def _texts(values: list) -> tuple[Bilingual, ...]:
    return tuple(_bilingual(value) for value in values)


_EMPTY = {"sv": ""}


def _measure(data: dict) -> SuggestedMeasure:
    return SuggestedMeasure(
        name=_bilingual(data["name"]),
        kind=MeasureKind(data["kind"]),
        unit=MeasureUnit(data["unit"]),
        numerator=_bilingual(data["numerator"]),
        denominator=_bilingual(data.get("denominator", _EMPTY)),
        inclusion=_bilingual(data.get("inclusion", _EMPTY)),
        exclusion=_bilingual(data.get("exclusion", _EMPTY)),
        data_source=_bilingual(data["data_source"]),
        collector=_bilingual(data["collector"]),
        frequency=Frequency(data["frequency"]),
        direction=Direction(data["direction"]),
        chart=ChartKind(data["chart"]),
        rate_per=data.get("rate_per"),
    )


def _check_measures(entry: CatalogEntry, root) -> None:
    """Every suggested measure must be one the team can add as it is, in each language."""
    for index, measure in enumerate(entry.measures):
        for language in LANGUAGES:
            try:
                clean_measure(measure.details(entry.id, language))
            except InvalidInput as problem:
                path = ["measures", index, problem.field or "name"]
                raise EntryError(problem.message, line=_line_at(root, path), field=_field_name(path)) from None


def _entry(data: dict, *, local: bool, file: str) -> CatalogEntry:
    return CatalogEntry(
        id=data["id"],
        title=_bilingual(data["title"]),
        area=Area(data["area"]),
        prevention_level=PreventionLevel(data["prevention_level"]),
        summary=_bilingual(data["summary"]),
        core_components=_texts(data["core_components"]),
        getting_started=_texts(data["getting_started"]),
        measures=tuple(_measure(measure) for measure in data["measures"]),
        cautions=_texts(data["cautions"]),
        sources=tuple(Source(source["publisher"], source["title"], source["year"], source["url"])
                      for source in data["sources"]),
        evidence=_bilingual(data["evidence"]),
        local=local,
        file=file,
    )


def read_entry(path: Path, *, local: bool = False) -> CatalogEntry:
    """One entry from one file, or :class:`EntryError` saying where it is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise EntryError(_("The file is not UTF-8 text. Save it as UTF-8.")) from None
    except OSError:
        raise EntryError(_("The file cannot be read.")) from None
    data, root = _parse(text)
    if not isinstance(data, dict):
        raise EntryError(_("The file must describe one entry (fields such as id: and title:)."), line=1)
    _check_schema(data, root)
    entry = _entry(data, local=local, file=path.name)
    _check_measures(entry, root)
    return entry


def _files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted({path for pattern in PATTERNS for path in folder.glob(pattern) if path.is_file()})


def _collect(folder: Path | None, *, local: bool, taken: dict[str, CatalogEntry],
             problems: list[CatalogProblem]) -> None:
    for path in _files(folder):
        try:
            entry = read_entry(path, local=local)
        except EntryError as error:
            problems.append(CatalogProblem(path.name, error.message, line=error.line, field=error.field))
            continue
        if entry.id in taken:
            other = taken[entry.id]
            message = (_("The id “{id}” is already used by a shipped entry; choose another id.")
                       if local and not other.local
                       else _("The id “{id}” is already used in {file}; choose another id."))
            problems.append(CatalogProblem(path.name, message.format(id=entry.id, file=other.file), field="id"))
            continue
        taken[entry.id] = entry


def load_catalog(local_dir: Path | None = None, *, shipped_dir: Path = SHIPPED_DIR) -> Catalog:
    """The shipped entries and the local ones (``local_dir``, default: the configured catalog folder)."""
    if local_dir is None:
        from workshop.config import catalog_dir

        local_dir = catalog_dir()
    taken: dict[str, CatalogEntry] = {}
    problems: list[CatalogProblem] = []
    _collect(shipped_dir, local=False, taken=taken, problems=problems)
    _collect(local_dir, local=True, taken=taken, problems=problems)
    return Catalog(tuple(taken.values()), tuple(problems))
