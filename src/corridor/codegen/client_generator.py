"""openapi-python-client, pinned, with what corridor's clients need and it cannot do alone.

    python -m corridor.codegen.client_generator generate --path spec.yaml ...

Same command line as `python -m openapi_python_client`; before it runs, five additions:

- the spec is parsed with libyaml, as corridor.spec parses it, not ruamel's pure-Python parser.
- `type: number, format: decimal` becomes a `Decimal` property (the generator only knows float):
  read from JSON without a float in between and written back digit for digit. So does a
  decimal a provider may also send as a string (`type: [number, string]`, or `integer` for
  whole amounts): one `Decimal`, never `Decimal | str` (or `float | str`).
- every endpoint carries its `x-corridor-pagination` (the operation's paging style, see
  `pagination_of`), which the endpoint template turns into `iterate` and `aiterate`.
- every endpoint module states its call's retry rule (`OPERATION`, see `operation_rule`), read
  from the spec's `x-corridor-*` extensions by corridor.client_rules, lookups resolved to
  method and path; its requests carry it to corridor's client kit.
- the templates in `templates/` replace the generator's own of the same name.

The generator's internals are extended, not copied: `generate` extra pins its version, so a
change of those internals shows up as a failing regeneration, never as silent drift.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

import openapi_python_client
import yaml
from attrs import define
from jinja2 import FileSystemBytecodeCache
from openapi_python_client import Project
from openapi_python_client import schema as oai
from openapi_python_client.parser import openapi as parser_openapi
from openapi_python_client.parser.errors import GeneratorError, PropertyError
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import Value
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier

from corridor.client_rules import PAGINATION, ClientRule, SpecRuleError, read_rules
from corridor.spec import load_yaml_text

TEMPLATES = Path(__file__).parent / "templates"
DECIMAL_FORMAT = "decimal"

# Modules of the generator that bind `property_from_data` at import; the others import it from
# the properties package when called, so they see the package's (replaced) one.
_PROPERTY_USERS = (
    "openapi_python_client.parser.properties",
    "openapi_python_client.parser.responses",
    "openapi_python_client.parser.bodies",
    "openapi_python_client.parser.openapi",
)


@define
class DecimalProperty(FloatProperty):
    """A JSON number held as `decimal.Decimal`."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_property.py.jinja"

    @classmethod
    def convert_value(cls, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return PropertyError(f"Cannot convert {value!r} to a Decimal")
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return PropertyError(f"Invalid decimal value: {value!r}")
        return Value(python_code=PythonCode(f'Decimal("{number}")'), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports: set[str] = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        imports.add("from corridor.kit.money import to_decimal")
        return imports


_NUMBERS = frozenset({oai.DataType.NUMBER, oai.DataType.INTEGER})
_DECIMAL_TYPES = _NUMBERS | {oai.DataType.STRING, oai.DataType.NULL}


def _as_decimal_schema(data: Any) -> Any:
    """A `format: decimal` schema with its type list reduced to one number (and null): the
    string (a decimal in digits) and the number are one `Decimal`. Anything else unchanged."""
    if (
        not isinstance(data, oai.Schema)
        or data.schema_format != DECIMAL_FORMAT
        or not isinstance(data.type, list)
        or not set(data.type) & _NUMBERS
        or not set(data.type) <= _DECIMAL_TYPES
    ):
        return data
    if oai.DataType.NULL in data.type:
        return data.model_copy(update={"type": [oai.DataType.NUMBER, oai.DataType.NULL]})
    return data.model_copy(update={"type": oai.DataType.NUMBER})


def _decimal_aware(original: Any) -> Any:
    def property_from_data(**kwargs: Any) -> Any:
        data = kwargs["data"] = _as_decimal_schema(kwargs["data"])
        if (
            isinstance(data, oai.Schema)
            and data.type == oai.DataType.NUMBER
            and data.schema_format == DECIMAL_FORMAT
            and data.const is None
            and not data.enum
        ):
            config = kwargs["config"]
            name = kwargs["name"]
            prop = DecimalProperty.build(
                name=name,
                default=data.default,
                required=kwargs["required"],
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
            return prop, kwargs["schemas"]
        return original(**kwargs)

    property_from_data.__wrapped__ = original  # type: ignore[attr-defined]
    return property_from_data


@dataclass(frozen=True)
class Paging:
    """What the endpoint template needs to write `iterate`/`aiterate` for one list operation.

    `items` is the attribute path to the items in an answer and `item_type` their class;
    `page`/`size` the Python names of the page number and page size (`page_in` "query" or
    "body"); `next` the attribute path to the next page number (0 or absent: no more), and
    without it a page with no new items ends the iteration. `body_type` is the request body
    class when the page travels in the body.
    """

    items: tuple[str, ...]
    item_type: str
    item_module: str
    page: str | None
    page_in: str | None
    size: str | None
    default_size: int | None
    next: tuple[str, ...]
    body_type: str | None
    skipped: tuple[str, ...]


def pagination_of(endpoint: Any) -> Paging | None:
    """The endpoint's `x-corridor-pagination`, resolved against its generated properties."""
    spec = getattr(endpoint, "x_pagination", None)
    if spec is None:
        return None
    where = f"{endpoint.name}: {PAGINATION}"
    success = [
        response.prop
        for response in endpoint.responses.patterns
        if response.status_code.range and 200 <= response.status_code.range[0] <= 299
    ]
    if len(success) != 1 or not isinstance(success[0], ModelProperty):
        raise SystemExit(f"{where} needs exactly one 2xx answer that is an object")
    items, target = _attribute_path(success[0], str(spec["items"]), where)
    item_type, item_module = _item_type(target, where)
    next_path: tuple[str, ...] = ()
    if "next" in spec:
        next_path, _ = _attribute_path(success[0], str(spec["next"]), where)
    page = page_in = size = body_type = None
    skipped: list[str] = []
    if "page" in spec:
        page, page_in, body_type = _page_parameter(endpoint, str(spec["page"]), where)
        if page_in == "query":
            skipped.append(page)
    if "size" in spec:
        size = _query_parameter(endpoint, str(spec["size"]), where)
        skipped.append(size)
    default_size = spec.get("default_size")
    if size is not None and not isinstance(default_size, int):
        raise SystemExit(f"{where} names a size parameter but no integer default_size")
    return Paging(
        items=items,
        item_type=item_type,
        item_module=item_module,
        page=page,
        page_in=page_in,
        size=size,
        default_size=default_size if size is not None else None,
        next=next_path,
        body_type=body_type,
        skipped=tuple(skipped),
    )


def _attribute_path(model: ModelProperty, dotted: str, where: str) -> tuple[tuple[str, ...], Any]:
    names: list[str] = []
    current: Any = model
    for part in dotted.split("."):
        if not isinstance(current, ModelProperty):
            raise SystemExit(f"{where}: {dotted!r} goes through a value that is not an object")
        fields = list(current.required_properties or []) + list(current.optional_properties or [])
        match = next((prop for prop in fields if prop.name == part), None)
        if match is None:
            raise SystemExit(f"{where}: {current.class_info.name} has no property {part!r}")
        names.append(str(match.python_name))
        current = match
    return tuple(names), current


def _item_type(prop: Any, where: str) -> tuple[str, str]:
    lists = [prop] if isinstance(prop, ListProperty) else []
    if isinstance(prop, UnionProperty):
        lists = [inner for inner in prop.inner_properties if isinstance(inner, ListProperty)]
    if len(lists) != 1 or not isinstance(lists[0].inner_property, ModelProperty):
        raise SystemExit(f"{where}: items must be an array of objects")
    info = lists[0].inner_property.class_info
    return str(info.name), str(info.module_name)


def _query_parameter(endpoint: Any, name: str, where: str) -> str:
    for parameter in endpoint.query_parameters:
        if parameter.name == name:
            return str(parameter.python_name)
    raise SystemExit(f"{where}: no query parameter {name!r}")


def _page_parameter(endpoint: Any, name: str, where: str) -> tuple[str, str, str | None]:
    if any(parameter.name == name for parameter in endpoint.query_parameters):
        return _query_parameter(endpoint, name, where), "query", None
    if len(endpoint.bodies) == 1 and isinstance(endpoint.bodies[0].prop, ModelProperty):
        body = endpoint.bodies[0].prop
        names, _ = _attribute_path(body, name, where)
        return names[0], "body", str(body.class_info.name)
    raise SystemExit(f"{where}: {name!r} is neither a query parameter nor a body property")


def operation_rule(openapi: Any, endpoint: Any) -> str:
    """The endpoint's retry rule as Python source: a `corridor.kit.operations.Operation`
    built from the spec's extensions (the module imports corridor.kit.operations as `rules`)."""
    found: dict[str, ClientRule] = getattr(openapi, "client_rules", {})
    operation_id = getattr(endpoint, "operation_id", None)
    rule = found.get(operation_id) if isinstance(operation_id, str) else None
    if rule is None:
        raise SystemExit(f"{endpoint.name}: an endpoint needs an operationId for its retry rule")
    return rule.python("rules")


_original_load = openapi_python_client._load_yaml_or_json


def _load_with_libyaml(data: bytes, content_type: str | None) -> Any:
    """The spec parsed as corridor parses it everywhere else (corridor.spec): libyaml reads it
    in a tenth of the time ruamel's pure-Python parser takes, and it was most of a run."""
    if content_type == "application/json":
        return _original_load(data, content_type)
    try:
        return load_yaml_text(data)
    except yaml.YAMLError as error:
        return GeneratorError(header=f"Invalid YAML from provided source: {error}")


def _install() -> None:
    openapi_python_client._load_yaml_or_json = _load_with_libyaml
    for module_name in _PROPERTY_USERS:
        module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
        current = getattr(module, "property_from_data")  # noqa: B009
        if not hasattr(current, "__wrapped__"):
            setattr(module, "property_from_data", _decimal_aware(current))  # noqa: B010

    original_from_data = parser_openapi.Endpoint.from_data

    def from_data(*, data: oai.Operation, **kwargs: Any) -> Any:
        endpoint, *rest = original_from_data(data=data, **kwargs)
        if isinstance(endpoint, parser_openapi.Endpoint):
            extensions = data.model_extra or {}
            endpoint.x_pagination = extensions.get(PAGINATION)  # type: ignore[attr-defined]
            raw_id: Any = data.operationId  # the generator's UntrustedString wrapper
            operation_id = raw_id.get_untrusted_value() if raw_id is not None else None
            endpoint.operation_id = operation_id  # type: ignore[attr-defined]
        return (endpoint, *rest)

    parser_openapi.Endpoint.from_data = staticmethod(from_data)  # type: ignore[method-assign]

    original_from_dict = parser_openapi.GeneratorData.from_dict

    def from_dict(data: dict[str, Any], *, config: Any) -> Any:
        try:
            rules = read_rules(data)
        except SpecRuleError as error:
            raise SystemExit(f"x-corridor extensions: {error}") from None
        generated = original_from_dict(data, config=config)
        if isinstance(generated, parser_openapi.GeneratorData):
            generated.client_rules = rules  # type: ignore[attr-defined]
        return generated

    parser_openapi.GeneratorData.from_dict = staticmethod(from_dict)  # type: ignore[method-assign]

    original_init = Project.__init__

    def init(self: Project, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.env.globals["pagination_of"] = pagination_of
        self.env.globals["operation_rule"] = lambda endpoint: operation_rule(self.openapi, endpoint)
        self.env.bytecode_cache = _template_cache()

    Project.__init__ = init  # type: ignore[method-assign]


def _template_cache() -> FileSystemBytecodeCache | None:
    """Compiled templates kept between runs (a second of each run otherwise), in the user's
    own cache directory. Entries are keyed by each template's source checksum, so an edited
    template is compiled afresh."""
    try:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        directory = root / "corridor" / "codegen-templates"
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (OSError, RuntimeError):
        return None  # no home or a read-only one: compile every time
    return FileSystemBytecodeCache(str(directory))


def main(argv: list[str] | None = None) -> None:
    _install()
    from openapi_python_client.cli import app

    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--custom-template-path" not in arguments:
        arguments += ["--custom-template-path", str(TEMPLATES)]
    app(arguments)


if __name__ == "__main__":
    main()
