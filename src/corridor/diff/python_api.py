"""The public Python API of the generated packages, before and after a spec change.

Both spec versions are generated into temporary directories with the pipeline that writes
`generated/` (`corridor.generation`), loaded statically with griffe, and compared with
`griffe.find_breaking_changes`. griffe reports only what breaks, and does not yet compare
annotations nor see the constructors attrs and pydantic build from class fields, so this module
adds: public objects and optional parameters added (compatible), model fields that became
constructor arguments without a default (breaking), and changed annotations (a field's type is
breaking for code reading it; a parameter's type breaks unless it only gained union members).
"""

from __future__ import annotations

import ast
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe
import yaml

from corridor.diff.changes import Change
from corridor.generation import generate_packages
from corridor.providers import Provider

_MODEL_DECORATORS = frozenset({"_attrs_define", "attrs.define", "define", "dataclass"})
_MODEL_BASES = frozenset({"BaseModel", "pydantic.BaseModel"})


def compare_generated(
    old_spec: dict[str, Any], new_spec: dict[str, Any], provider: Provider
) -> list[Change]:
    """Changes to the public API of `provider`'s client and models packages."""
    with tempfile.TemporaryDirectory(prefix="corridor-diff-") as scratch:
        roots = []
        for side, spec in (("old", old_spec), ("new", new_spec)):
            root = Path(scratch) / side
            root.mkdir()
            spec_file = root / f"{provider.name}.yaml"
            dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
            spec_file.write_text(yaml.dump(spec, Dumper=dumper, sort_keys=False), encoding="utf-8")
            generate_packages(provider, spec_file, root)
            roots.append(root)
        changes: list[Change] = []
        for package in (provider.client_package, provider.models_package):
            old, new = (_load(package, root) for root in roots)
            changes += compare_modules(old, new)
        return changes


def _load(package: str, root: Path) -> griffe.Module:
    # Separate collections: both versions have the same package name.
    module = griffe.load(
        package,
        search_paths=[root],
        try_relative_path=False,
        allow_inspection=False,
        modules_collection=griffe.ModulesCollection(),
        lines_collection=griffe.LinesCollection(),
    )
    assert isinstance(module, griffe.Module)
    return module


def compare_modules(old: griffe.Module, new: griffe.Module) -> list[Change]:
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.ERROR)  # unresolvable imports of httpx etc. are expected
    try:
        changes = [_breakage(b) for b in griffe.find_breaking_changes(old, new)]
    finally:
        griffe_logger.setLevel(level)
    changes += _walk(old, new)
    return changes


def _breakage(breakage: griffe.Breakage) -> Change:
    location = breakage.obj.path
    parameter = breakage.new_value if breakage.old_value is None else breakage.old_value
    if isinstance(parameter, griffe.Parameter):
        location += f"({parameter.name})"
    rule = "python-" + breakage.kind.name.lower().replace("_", "-")
    message = breakage.kind.value
    if breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        message += f": {breakage.old_value.value} -> {breakage.new_value.value}"
    return Change(rule, "breaking", location, message, source="python", pointer=location)


def _walk(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """What griffe leaves out: additions, annotations, constructor arguments of models."""
    if isinstance(old, griffe.Function) and isinstance(new, griffe.Function):
        yield from _function(old, new)
        return
    if isinstance(old, griffe.Attribute) and isinstance(new, griffe.Attribute):
        yield from _attribute(old, new)
        return
    if isinstance(old, griffe.Class) and isinstance(new, griffe.Class) and _is_model(new):
        yield from _constructor(old, new)
    if not isinstance(old, griffe.Module | griffe.Class) or type(old) is not type(new):
        return
    for name, member in new.members.items():
        if member.is_alias or not member.is_public:
            continue
        before = old.members.get(name)
        if before is None:
            what = _describe(member, new)
            yield _python("python-object-added", "compatible", member.path, f"{what} added")
        elif not before.is_alias:
            yield from _walk(before, member)  # type: ignore[arg-type]


def _function(old: griffe.Function, new: griffe.Function) -> Iterator[Change]:
    old_params = {p.name: p for p in old.parameters}
    for param in new.parameters:
        location = f"{new.path}({param.name})"
        before = old_params.get(param.name)
        if before is None:
            if not param.required:
                message = "optional parameter added"
                yield _python("python-parameter-added", "compatible", location, message)
            continue
        old_type, new_type = _union(before.annotation), _union(param.annotation)
        if old_type == new_type or old_type is None or new_type is None:
            continue
        message = f"annotation {_show(old_type)} -> {_show(new_type)}"
        if new_type > old_type:
            yield _python("python-parameter-type-widened", "compatible", location, message)
        else:
            yield _python("python-parameter-type-changed", "breaking", location, message)


def _attribute(old: griffe.Attribute, new: griffe.Attribute) -> Iterator[Change]:
    old_type, new_type = _union(old.annotation), _union(new.annotation)
    if old_type != new_type and old_type is not None and new_type is not None:
        message = f"annotation {_show(old_type)} -> {_show(new_type)}"
        yield _python("python-attribute-type-changed", "breaking", new.path, message)


def _constructor(old: griffe.Class, new: griffe.Class) -> Iterator[Change]:
    """attrs and pydantic models take their fields as constructor arguments."""
    before, after = _fields(old), _fields(new)
    for name, required in after.items():
        location = f"{new.path}({name})"
        if required and name not in before:
            message = "required constructor argument added"
            yield _python(
                "python-constructor-argument-added-required", "breaking", location, message
            )
        elif required and before.get(name) is False:
            message = "constructor argument made required"
            yield _python(
                "python-constructor-argument-made-required", "breaking", location, message
            )


def _fields(cls: griffe.Class) -> dict[str, bool]:
    """Model fields and whether each is required (declared without a default)."""
    fields: dict[str, bool] = {}
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        if name == "model_config" or "ClassVar" in str(member.annotation):
            continue
        value = None if member.value is None else str(member.value)
        if value is not None and "init=False" in value:
            continue
        fields[name] = value is None
    return fields


def _is_model(cls: griffe.Class) -> bool:
    decorators = {str(decorator.value).split("(")[0] for decorator in cls.decorators}
    return bool(decorators & _MODEL_DECORATORS) or bool({str(b) for b in cls.bases} & _MODEL_BASES)


def _describe(member: griffe.Object | griffe.Alias, parent: griffe.Object) -> str:
    if isinstance(member, griffe.Attribute) and isinstance(parent, griffe.Class):
        if any("Enum" in str(base) for base in parent.bases):
            return "enum member"
        return "field" if _is_model(parent) else "attribute"
    return str(member.kind.value)


def _union(annotation: str | griffe.Expr | None) -> frozenset[str] | None:
    """An annotation as the set of its union members, `Annotated` metadata dropped."""
    if annotation is None:
        return None
    try:
        tree = ast.parse(str(annotation), mode="eval").body
    except SyntaxError:
        return frozenset({str(annotation)})
    return frozenset(ast.unparse(node) for node in _members(tree))


def _members(node: ast.expr) -> Iterator[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        yield from _members(node.left)
        yield from _members(node.right)
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        arguments = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if node.value.id == "Annotated":
            yield from _members(arguments[0])
        elif node.value.id == "Union":
            for argument in arguments:
                yield from _members(argument)
        elif node.value.id == "Optional":
            yield from _members(arguments[0])
            yield ast.Constant(None)
        else:
            yield node
    else:
        yield node


def _show(members: frozenset[str]) -> str:
    return " | ".join(sorted(members))


def _python(rule: str, severity: Any, location: str, message: str) -> Change:
    return Change(rule, severity, location, message, source="python", pointer=location)
