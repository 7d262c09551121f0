"""Countries and their states or provinces.

The docs list 17 countries (settlego-api.txt:5968-5985), name two more in other examples (GB in
the list-beneficiaries example's bankCountryName, :3041; US in get country, :6048-6054) and use
TR and AL as client countries (:4727, :6585). The simulator lists those, as the docs write them,
and the home country of every currency it offers, under its ISO 3166 English short name. The US
states are the docs' 63 entries as written (:6097-6160), oddities included; Canada's and
Australia's provinces are the simulator's.
"""

from __future__ import annotations

from typing import Any

# alpha2: (alpha3, numeric, dial-in, name)
COUNTRIES: dict[str, tuple[str, str, str, str]] = {
    "DK": ("DNK", "208", "45", "Denmark"),
    "BM": ("BMU", "060", "1441", "Bermuda"),
    "BO": ("BOL", "068", "591", "Bolivia (Plurinational State of)"),
    "DO": ("DOM", "214", "1809", "Dominican Republic"),
    "BW": ("BWA", "072", "267", "Botswana"),
    "BV": ("BVT", "074", "47", "Bouvet Island"),
    "EG": ("EGY", "818", "20", "Egypt"),
    "IO": ("IOT", "086", "246", "British Indian Ocean Territory"),
    "EE": ("EST", "233", "372", "Estonia"),
    "BN": ("BRN", "096", "673", "Brunei Darussalam"),
    "FO": ("FRO", "234", "298", "Faeroe Islands"),
    "FI": ("FIN", "246", "358", "Finland"),
    "FR": ("FRA", "250", "33", "France"),
    "BG": ("BGR", "100", "359", "Bulgaria"),
    "BF": ("BFA", "854", "226", "Burkina Faso"),
    "UA": ("UKR", "804", "380", "Ukraine"),
    "AE": ("ARE", "784", "971", "United Arab Emirates"),
    # named by other examples of the docs
    "GB": ("GBR", "826", "44", "United Kingdom of Great Britain and Northern Ireland"),
    "US": ("USA", "840", "1", "United States of America"),
    "TR": ("TUR", "792", "90", "Turkey"),
    "AL": ("ALB", "008", "355", "Albania"),
    # home countries of the other currencies offered
    "AU": ("AUS", "036", "61", "Australia"),
    "CA": ("CAN", "124", "1", "Canada"),
    "CH": ("CHE", "756", "41", "Switzerland"),
    "CZ": ("CZE", "203", "420", "Czechia"),
    "DE": ("DEU", "276", "49", "Germany"),
    "HK": ("HKG", "344", "852", "Hong Kong"),
    "HU": ("HUN", "348", "36", "Hungary"),
    "IL": ("ISR", "376", "972", "Israel"),
    "IN": ("IND", "356", "91", "India"),
    "JP": ("JPN", "392", "81", "Japan"),
    "MX": ("MEX", "484", "52", "Mexico"),
    "NO": ("NOR", "578", "47", "Norway"),
    "NZ": ("NZL", "554", "64", "New Zealand"),
    "PL": ("POL", "616", "48", "Poland"),
    "QA": ("QAT", "634", "974", "Qatar"),
    "RO": ("ROU", "642", "40", "Romania"),
    "SA": ("SAU", "682", "966", "Saudi Arabia"),
    "SE": ("SWE", "752", "46", "Sweden"),
    "SG": ("SGP", "702", "65", "Singapore"),
    "TH": ("THA", "764", "66", "Thailand"),
    "ZA": ("ZAF", "710", "27", "South Africa"),
}

STATES: dict[str, dict[str, str]] = {
    "US": {
        "US": "United States of America",
        "AL": "Alabama",
        "AK": "Alaska",
        "AZ": "Arizona",
        "AR": "Arkansas",
        "CA": "California",
        "CO": "Colorado",
        "CT": "Connecticut",
        "DE": "Delaware",
        "DC": "District of Columbia",
        "FL": "Florida",
        "GA": "Georgia",
        "HI": "Hawaii",
        "ID": "Idaho",
        "IL": "Illinois",
        "IN": "Indiana",
        "IA": "Iowa",
        "KS": "Kansas",
        "KY": "Kentucky",
        "LA": "Louisiana",
        "ME": "Maine",
        "MD": "Maryland",
        "MA": "Massachusetts",
        "MI": "Michigan",
        "MN": "Minnesota",
        "MS": "Mississippi",
        "MO": "Missouri",
        "MT": "Montana",
        "NE": "Nebraska",
        "NV": "Nevada",
        "NH": "New Hampshire",
        "NJ": "New Jersey",
        "NM": "New Mexico",
        "NY": "New York",
        "NC": "North Carolina",
        "ND": " North Dakota",
        "OH": "Ohio",
        "OK": "Oklahoma",
        "OR": "Oregon",
        "PA": "Pennsylvania",
        "RI": "Rhode Island",
        "SC": "South Carolina",
        "SD": "South Dakota",
        "TN": "Tennessee",
        "TX": "Texas",
        "UT": "Utah",
        "VT": "Vermont",
        "VA": "Virginia",
        "WA": "Washington",
        "WV": "West Virginia",
        "WI": "Wisconsin",
        "WY": "Wyoming",
        "AS": "American Samoa",
        "GU": "Guam",
        "MP": "Northern Mariana Islands",
        "PR": "Puerto Rico",
        "VI": "U.S. Virgin Islands",
        "UM": "U.S. Minor Outlying Islands",
        # the docs write an en dash in these names
        "AA": "U.S. Armed Forces \u2013 Americas",
        "AE": "U.S. Armed Forces \u2013 Europe",
        "AP": "U.S. Armed Forces \u2013 Pacific",
        "CM": "Northern Mariana Islands",
        "NB": "Nebraska",
    },
    "CA": {
        "AB": "Alberta",
        "BC": "British Columbia",
        "MB": "Manitoba",
        "NB": "New Brunswick",
        "NL": "Newfoundland and Labrador",
        "NS": "Nova Scotia",
        "NT": "Northwest Territories",
        "NU": "Nunavut",
        "ON": "Ontario",
        "PE": "Prince Edward Island",
        "QC": "Quebec",
        "SK": "Saskatchewan",
        "YT": "Yukon",
    },
    "AU": {
        "ACT": "Australian Capital Territory",
        "NSW": "New South Wales",
        "NT": "Northern Territory",
        "QLD": "Queensland",
        "SA": "South Australia",
        "TAS": "Tasmania",
        "VIC": "Victoria",
        "WA": "Western Australia",
    },
}


def country_json(alpha2: str) -> dict[str, Any]:
    alpha3, numeric, dial_in, name = COUNTRIES[alpha2]
    return {
        "alpha2Code": alpha2,
        "alpha3Code": alpha3,
        "numericCode": numeric,
        "dialInCode": dial_in,
        "name": name,
    }


def state_json(country: str, code: str) -> dict[str, Any]:
    return {"code": code, "name": STATES[country][code], "countryAlpha2Code": country}
