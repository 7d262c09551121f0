"""Before a remote verification: is the target there, at that base URL, with those credentials?

Schemathesis reports a server that is down once per generated case. One sign-in before the run
turns each way a target can be wrong into a single line: nothing listening, a name that does not
resolve, a TLS failure, a base URL that is not the API (the sign-in is not found or not
understood), credentials that are missing or refused. A provider whose sign-in calls nothing
(no login: each request is signed) makes one signed call instead (its harness's
`check_credentials`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import httpx

from corridor.command_errors import CommandError, TargetError


def check_base_url(value: str) -> str:
    """An argparse type: an absolute http(s) URL with a host."""
    try:
        value.encode("utf-8")
        parts = urlsplit(value)
    except (UnicodeEncodeError, ValueError):  # a lone surrogate, an unclosed IPv6 bracket
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CommandError(
            f"--base-url must be an http(s) URL with a host, such as "
            f"https://sandbox.example.com/api/v1 (got {value!r})"
        )
    return value


def check_remote_target(provider: str, base_url: str) -> None:
    """Sign in once; raise `TargetError` with one line saying what is wrong."""
    from corridor.verification.targets import MissingCredentialsError, remote_target, shown_url

    shown = shown_url(base_url)
    try:
        target = remote_target(provider, base_url)
    except MissingCredentialsError as error:
        raise TargetError(str(error)) from error
    check = target.harness.check_credentials
    try:
        target.sign_in(target.http)
        if check is not None:  # a provider without a login: one signed call instead
            check(target.http, target.credentials)
    except (MissingCredentialsError, PermissionError) as error:
        # the target answered, but not with a session, or refused the signed call
        raise TargetError(
            f"{shown} did not accept the sign-in ({error}); check the credentials, and that "
            "the base URL includes the API's base path"
        ) from error
    except httpx.HTTPError as error:
        raise TargetError(f"cannot reach {shown}: {_reason(error)}") from error
    except (ValueError, KeyError, TypeError) as error:  # an answer that is not the API's
        raise TargetError(
            f"{shown} answered the sign-in with something that is not {provider}'s API "
            f"({type(error).__name__}); is the base URL right?"
        ) from error
    finally:
        target.http.close()


def _reason(error: httpx.HTTPError) -> str:
    return " ".join(str(error).split()) or type(error).__name__
