"""Money amounts in news prose: £350m, €21bn, $24 billion, C$2 billion, EUR 21 billion, 300 million euros, 4 billion Danish kroner,
520 billion won."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Money", "find_money"]

SYMBOL = {"£": "GBP", "€": "EUR", "$": "USD", "¥": "JPY", "us$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD",
          "nz$": "NZD", "eur": "EUR", "usd": "USD", "gbp": "GBP", "cad": "CAD", "aud": "AUD", "jpy": "JPY", "chf": "CHF",
          "nok": "NOK", "sek": "SEK", "dkk": "DKK", "krw": "KRW", "pln": "PLN", "uah": "UAH", "czk": "CZK", "ils": "ILS",
          "inr": "INR", "cny": "CNY"}
WORD_CUR = {"euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "dollar": "USD", "dollars": "USD", "sterling": "GBP",
            "yen": "JPY", "canadian": "CAD", "australian": "AUD", "new": "NZD", "us": "USD", "u.s.": "USD", "american": "USD", "kronor": "SEK", "krona": "SEK", "swedish": "SEK",
            "danish": "DKK", "norwegian": "NOK", "swiss": "CHF", "zloty": "PLN", "zlotys": "PLN", "hryvnia": "UAH",
            "hryvnias": "UAH", "hryvna": "UAH", "hryvnas": "UAH", "roubles": "RUB", "rubles": "RUB", "rouble": "RUB", "ruble": "RUB",
            "won": "KRW", "shekel": "ILS", "shekels": "ILS", "rupees": "INR", "yuan": "CNY", "czech": "CZK",
            "kroner": "", "krone": ""}  # (bare "kroner" is Danish or Norwegian: whoever pays it says which)
SCALE = {
    "k": 10**3, "thousand": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "million": 10**6,
    "bn": 10**9, "b": 10**9, "billion": 10**9, "tn": 10**12, "trillion": 10**12,
}
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE_RE = r"(?:thousand|million|billion|trillion|bn|mn|mln|tn|m|b|k)\b"
DIGIT = re.compile(r"\d|illion")  # every amount has a number, or a number word before "million"/"billion"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MONEY = re.compile(
    rf"(?P<sym>\b(?:US|CA|C|AU|A|NZ)\$|[£€$¥]|\b(?:EUR|USD|GBP|CAD|AUD|JPY|CHF|NOK|SEK|DKK|KRW|PLN|UAH|CZK|ILS|INR|CNY)\s?)(?P<num>{NUM})\s?(?P<scale>{SCALE_RE})?"
    # ("one billion euros": a number word only with its scale)
    rf"|\b(?:(?P<num2>{NUM})\s?(?P<scale2>{SCALE_RE})?|(?P<numword>{'|'.join(NUMBER_WORDS)})\s(?P<scale3>million|billion|trillion)\b)"
    rf"[\s-]+(?P<word>euros?|pounds?(?: sterling)?|(?:Canadian |Australian |New Zealand |US |U\.S\. |American )?dollars?|yen|"
    rf"kronor|krona|Swedish (?:kronor|krona|crowns)|(?:Danish|Norwegian) (?:kroner|krone|crowns)|Swiss francs?|kroner|krone|zlotys?|"
    rf"hryvn(?:i)?as?|roubles?|rubles?|won|shekels?|rupees|yuan|Czech (?:crowns|korun[ay]))\b",
    re.I,
)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: Decimal
    currency: str


def find_money(text: str) -> list[Money]:
    """Every amount with a currency, in units. The currency of bare "kroner" is '': Danish or Norwegian, as the
    context tells.

    >>> [(m.amount, m.currency) for m in find_money("a further €21bn (£18bn) and £350m")]
    [(Decimal('21000000000'), 'EUR'), (Decimal('18000000000'), 'GBP'), (Decimal('350000000'), 'GBP')]
    """
    out = []
    if DIGIT.search(text) is None:
        return out  # most sentences have no number; MONEY is slow to rule out
    for m in MONEY.finditer(text):
        if m.group("num") is not None:
            num, scale = m.group("num"), m.group("scale")
            cur = SYMBOL[m.group("sym").strip().lower()]
        elif m.group("numword") is not None:
            num, scale = str(NUMBER_WORDS[m.group("numword").lower()]), m.group("scale3")
            cur = WORD_CUR[m.group("word").split()[0].lower()]
        else:
            num, scale = m.group("num2"), m.group("scale2")
            cur = WORD_CUR[m.group("word").split()[0].lower()]
            if cur == "KRW" and not scale:
                continue  # "in 2019 won the presidency": the verb; only "520 billion won" is the currency
        value = Decimal(num.replace(",", ""))
        if scale:
            value *= SCALE[scale.lower()]
        out.append(Money(m.start(), m.end(), m.group(0), value.quantize(Decimal(1)) if value == value.to_integral() else value, cur))
    return out
