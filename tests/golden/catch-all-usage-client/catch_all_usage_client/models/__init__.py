# Generated from tests/golden/catch-all.yaml by scripts/generate.py with openapi-python-client 0.29.1. Do not edit: change the spec or scripts/templates/ and run `make generate`.
"""Contains all the data models used in inputs/outputs"""

from .audio_result import AudioResult
from .bank_payment import BankPayment
from .bank_payment_method import BankPaymentMethod
from .card_payment import CardPayment
from .card_payment_method import CardPaymentMethod
from .circle import Circle
from .circle_kind import CircleKind
from .empty import Empty
from .http_error import HTTPError
from .image_result import ImageResult
from .image_result_object import ImageResultObject
from .list_point_results_filter import ListPointResultsFilter
from .point import Point
from .put_thing_api_version import PutThingApiVersion
from .result_page import ResultPage
from .square import Square
from .square_kind import SquareKind
from .text_result import TextResult
from .text_result_object import TextResultObject
from .thing import Thing
from .thing_params import ThingParams

__all__ = (
    "AudioResult",
    "BankPayment",
    "BankPaymentMethod",
    "CardPayment",
    "CardPaymentMethod",
    "Circle",
    "CircleKind",
    "Empty",
    "HTTPError",
    "ImageResult",
    "ImageResultObject",
    "ListPointResultsFilter",
    "Point",
    "PutThingApiVersion",
    "ResultPage",
    "Square",
    "SquareKind",
    "TextResult",
    "TextResultObject",
    "Thing",
    "ThingParams",
)
