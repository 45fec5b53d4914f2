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
from .linked_record_page import LinkedRecordPage
from .linked_record_page_links import LinkedRecordPageLinks
from .list_point_results_filter import ListPointResultsFilter
from .numbered_record_page import NumberedRecordPage
from .numbered_record_page_meta import NumberedRecordPageMeta
from .point import Point
from .put_thing_api_version import PutThingApiVersion
from .record import Record
from .record_page import RecordPage
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
    "LinkedRecordPage",
    "LinkedRecordPageLinks",
    "ListPointResultsFilter",
    "NumberedRecordPage",
    "NumberedRecordPageMeta",
    "Point",
    "PutThingApiVersion",
    "Record",
    "RecordPage",
    "ResultPage",
    "Square",
    "SquareKind",
    "TextResult",
    "TextResultObject",
    "Thing",
    "ThingParams",
)
