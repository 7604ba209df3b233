"""Normalisation of numbers, money, percentages, dates, modality and change direction.

Pure Python, driven by the YAML lexicons in ``veille/data/normalize``; French and English.
"""

from veille.normalize.change import percent_change_sign
from veille.normalize.dates import DateValue, date_range, find_dates, parse_date
from veille.normalize.modality import MODALITIES, classify_modality, modality_cues
from veille.normalize.money import currency_code, to_usd
from veille.normalize.numbers import parse_number
from veille.normalize.quantities import Quantity, find_quantities

__all__ = [
    "MODALITIES",
    "DateValue",
    "Quantity",
    "classify_modality",
    "currency_code",
    "date_range",
    "find_dates",
    "find_quantities",
    "modality_cues",
    "parse_date",
    "parse_number",
    "percent_change_sign",
    "to_usd",
]
