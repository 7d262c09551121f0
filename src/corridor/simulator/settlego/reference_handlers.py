"""Reference data endpoints: currencies, countries, states, calendars, beneficiary requirements."""

from __future__ import annotations

from corridor.simulator.rules import ApiError, SimRequest, SimResponse
from corridor.simulator.settlego import reference
from corridor.simulator.settlego.state import SettleGoState


class ReferenceHandlers(SettleGoState):
    def list_currencies(self, request: SimRequest) -> SimResponse:
        currencies = [reference.currency_json(code) for code in reference.CURRENCIES]
        return SimResponse(200, {"currencyList": currencies})

    def get_currency(self, request: SimRequest) -> SimResponse:
        code = known_currency(request.path["code"], "code")
        return SimResponse(200, {"currencyList": [reference.currency_json(code)]})

    def list_countries(self, request: SimRequest) -> SimResponse:
        countries = [reference.country_json(code) for code in reference.COUNTRIES]
        return SimResponse(200, {"countryList": countries})

    def get_country(self, request: SimRequest) -> SimResponse:
        return SimResponse(200, reference.country_json(known_country(request.path["alpha2Code"])))

    def list_states(self, request: SimRequest) -> SimResponse:
        country = known_country(request.path["alpha2Code"])
        states = [
            {"code": code, "name": name, "countryAlpha2Code": country}
            for code, name in reference.STATES.get(country, {}).items()
        ]
        return SimResponse(200, {"stateList": states})

    def get_state(self, request: SimRequest) -> SimResponse:
        country = known_country(request.path["alpha2Code"])
        code = request.path["code"]
        name = reference.STATES.get(country, {}).get(code)
        if name is None:
            raise ApiError(404, f"{country} has no state {code}", "code")
        return SimResponse(200, {"code": code, "name": name, "countryAlpha2Code": country})

    def list_payment_dates(self, request: SimRequest) -> SimResponse:
        known_currency(request.query["currency"], "currency")
        now = self.clock.now()
        body = {
            "firstAvailablePaymentDate": reference.first_working_day(now).isoformat(),
            "unavailablePaymentDateList": reference.unavailable_dates(now),
        }
        return SimResponse(200, body)

    def list_conversion_dates(self, request: SimRequest) -> SimResponse:
        pair = request.query["currencyPair"]
        known_currency(pair[:3], "currencyPair")
        known_currency(pair[3:], "currencyPair")
        now = self.clock.now()
        first = reference.first_working_day(now).isoformat()
        body = {
            "firstAvailableConversionDate": first,
            "mandatoryConversionDate": first,
            "unavailableConversionDateList": reference.unavailable_dates(now),
        }
        return SimResponse(200, body)

    def get_beneficiary_required_details(self, request: SimRequest) -> SimResponse:
        currency = known_currency(request.query["currency"], "currency")
        known_country(request.query["bankAccountCountry"])
        entries = reference.requirements(currency, request.query["beneficiaryType"])
        return SimResponse(200, {"metadataList": entries})


def known_currency(code: str, field: str) -> str:
    if code not in reference.CURRENCIES:
        raise ApiError(404, f"{code} is not a currency SettleGo offers", field)
    return code


def known_country(code: str) -> str:
    if code not in reference.COUNTRIES:
        raise ApiError(404, f"{code} is not a country SettleGo knows", "alpha2Code")
    return code
