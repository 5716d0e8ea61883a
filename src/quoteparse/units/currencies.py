"""Currencies as data: ISO 4217 codes, common names, signs and minor units.

Source of the codes: ISO 4217 "List One" (current currency and funds code
list) as published by SIX Financial Information AG for the ISO 4217
Maintenance Agency, the edition dated 2024-06-25 (``Pblshd="2024-06-25"``).
Every *currency* of that list is here with its name as the list spells it;
left out are the fund codes (``BOV``, ``CHE``, ``CHW``, ``CLF``, ``COU``,
``MXV``, ``USN``, ``UYI``, ``UYW``), the units of account and special codes
(``XDR``, ``XSU``, ``XUA``, ``XBA`` to ``XBD``, ``XTS``, ``XXX``) and the
precious metals (``XAU``, ``XAG``, ``XPD``, ``XPT``): none is money a news
reader meets with a number.

The finder reads a code only in upper case and against a number: before it
(``USD10m``, ``EUR 50m``) or after it (``50m EUR``). Codes that are English
words or common acronyms (``ALL``, ``CUP``, ``TOP``, ``AMD``, ``COP`` ...,
:data:`WORD_CODES`) never count before a number (``TOP 10``, ``COP 26``), and
after it only when the next word is not in capitals too (``WIN 50 ALL NEW``).

Names are the common English, German and French ones, matched in any case
like every unit name. A name several currencies share (dinar, peso, franc,
krone, rial, shilling, lira ...) does not say which: its quantity has the
name itself as its unit (:data:`SHARED_NAMES`), never a guessed code. Names
that are also English words (``won``, ``real``, ``dong``) count only after a
scale (``1.5 trillion won``; :data:`SCALED_NAMES`).

Nothing here converts: rates change, and currencies are never converted.
"""

from __future__ import annotations

__all__ = [
    "CURRENCY_PREFIXES",
    "CURRENCY_SIGNS",
    "CURRENCY_SYMBOLS",
    "ISO_4217",
    "NAMES",
    "SCALED_NAMES",
    "SHARED_NAMES",
    "WORD_CODES",
]

#: ISO 4217 List One (2024-06-25): each currency's code and its name in the list.
ISO_4217: tuple[tuple[str, str], ...] = (
    ("AED", "UAE Dirham"),
    ("AFN", "Afghani"),
    ("ALL", "Lek"),
    ("AMD", "Armenian Dram"),
    ("ANG", "Netherlands Antillean Guilder"),
    ("AOA", "Kwanza"),
    ("ARS", "Argentine Peso"),
    ("AUD", "Australian Dollar"),
    ("AWG", "Aruban Florin"),
    ("AZN", "Azerbaijan Manat"),
    ("BAM", "Convertible Mark"),
    ("BBD", "Barbados Dollar"),
    ("BDT", "Taka"),
    ("BGN", "Bulgarian Lev"),
    ("BHD", "Bahraini Dinar"),
    ("BIF", "Burundi Franc"),
    ("BMD", "Bermudian Dollar"),
    ("BND", "Brunei Dollar"),
    ("BOB", "Boliviano"),
    ("BRL", "Brazilian Real"),
    ("BSD", "Bahamian Dollar"),
    ("BTN", "Ngultrum"),
    ("BWP", "Pula"),
    ("BYN", "Belarusian Ruble"),
    ("BZD", "Belize Dollar"),
    ("CAD", "Canadian Dollar"),
    ("CDF", "Congolese Franc"),
    ("CHF", "Swiss Franc"),
    ("CLP", "Chilean Peso"),
    ("CNY", "Yuan Renminbi"),
    ("COP", "Colombian Peso"),
    ("CRC", "Costa Rican Colon"),
    ("CUC", "Peso Convertible"),
    ("CUP", "Cuban Peso"),
    ("CVE", "Cabo Verde Escudo"),
    ("CZK", "Czech Koruna"),
    ("DJF", "Djibouti Franc"),
    ("DKK", "Danish Krone"),
    ("DOP", "Dominican Peso"),
    ("DZD", "Algerian Dinar"),
    ("EGP", "Egyptian Pound"),
    ("ERN", "Nakfa"),
    ("ETB", "Ethiopian Birr"),
    ("EUR", "Euro"),
    ("FJD", "Fiji Dollar"),
    ("FKP", "Falkland Islands Pound"),
    ("GBP", "Pound Sterling"),
    ("GEL", "Lari"),
    ("GHS", "Ghana Cedi"),
    ("GIP", "Gibraltar Pound"),
    ("GMD", "Dalasi"),
    ("GNF", "Guinean Franc"),
    ("GTQ", "Quetzal"),
    ("GYD", "Guyana Dollar"),
    ("HKD", "Hong Kong Dollar"),
    ("HNL", "Lempira"),
    ("HTG", "Gourde"),
    ("HUF", "Forint"),
    ("IDR", "Rupiah"),
    ("ILS", "New Israeli Sheqel"),
    ("INR", "Indian Rupee"),
    ("IQD", "Iraqi Dinar"),
    ("IRR", "Iranian Rial"),
    ("ISK", "Iceland Krona"),
    ("JMD", "Jamaican Dollar"),
    ("JOD", "Jordanian Dinar"),
    ("JPY", "Yen"),
    ("KES", "Kenyan Shilling"),
    ("KGS", "Som"),
    ("KHR", "Riel"),
    ("KMF", "Comorian Franc"),
    ("KPW", "North Korean Won"),
    ("KRW", "Won"),
    ("KWD", "Kuwaiti Dinar"),
    ("KYD", "Cayman Islands Dollar"),
    ("KZT", "Tenge"),
    ("LAK", "Lao Kip"),
    ("LBP", "Lebanese Pound"),
    ("LKR", "Sri Lanka Rupee"),
    ("LRD", "Liberian Dollar"),
    ("LSL", "Loti"),
    ("LYD", "Libyan Dinar"),
    ("MAD", "Moroccan Dirham"),
    ("MDL", "Moldovan Leu"),
    ("MGA", "Malagasy Ariary"),
    ("MKD", "Denar"),
    ("MMK", "Kyat"),
    ("MNT", "Tugrik"),
    ("MOP", "Pataca"),
    ("MRU", "Ouguiya"),
    ("MUR", "Mauritius Rupee"),
    ("MVR", "Rufiyaa"),
    ("MWK", "Malawi Kwacha"),
    ("MXN", "Mexican Peso"),
    ("MYR", "Malaysian Ringgit"),
    ("MZN", "Mozambique Metical"),
    ("NAD", "Namibia Dollar"),
    ("NGN", "Naira"),
    ("NIO", "Cordoba Oro"),
    ("NOK", "Norwegian Krone"),
    ("NPR", "Nepalese Rupee"),
    ("NZD", "New Zealand Dollar"),
    ("OMR", "Rial Omani"),
    ("PAB", "Balboa"),
    ("PEN", "Sol"),
    ("PGK", "Kina"),
    ("PHP", "Philippine Peso"),
    ("PKR", "Pakistan Rupee"),
    ("PLN", "Zloty"),
    ("PYG", "Guarani"),
    ("QAR", "Qatari Rial"),
    ("RON", "Romanian Leu"),
    ("RSD", "Serbian Dinar"),
    ("RUB", "Russian Ruble"),
    ("RWF", "Rwanda Franc"),
    ("SAR", "Saudi Riyal"),
    ("SBD", "Solomon Islands Dollar"),
    ("SCR", "Seychelles Rupee"),
    ("SDG", "Sudanese Pound"),
    ("SEK", "Swedish Krona"),
    ("SGD", "Singapore Dollar"),
    ("SHP", "Saint Helena Pound"),
    ("SLE", "Leone"),
    ("SOS", "Somali Shilling"),
    ("SRD", "Surinam Dollar"),
    ("SSP", "South Sudanese Pound"),
    ("STN", "Dobra"),
    ("SVC", "El Salvador Colon"),
    ("SYP", "Syrian Pound"),
    ("SZL", "Lilangeni"),
    ("THB", "Baht"),
    ("TJS", "Somoni"),
    ("TMT", "Turkmenistan New Manat"),
    ("TND", "Tunisian Dinar"),
    ("TOP", "Pa\N{RIGHT SINGLE QUOTATION MARK}anga"),
    ("TRY", "Turkish Lira"),
    ("TTD", "Trinidad and Tobago Dollar"),
    ("TWD", "New Taiwan Dollar"),
    ("TZS", "Tanzanian Shilling"),
    ("UAH", "Hryvnia"),
    ("UGX", "Uganda Shilling"),
    ("USD", "US Dollar"),
    ("UYU", "Peso Uruguayo"),
    ("UZS", "Uzbekistan Sum"),
    ("VED", "Bol\N{LATIN SMALL LETTER I WITH ACUTE}var Soberano"),
    ("VES", "Bol\N{LATIN SMALL LETTER I WITH ACUTE}var Soberano"),
    ("VND", "Dong"),
    ("VUV", "Vatu"),
    ("WST", "Tala"),
    ("XAF", "CFA Franc BEAC"),
    ("XCD", "East Caribbean Dollar"),
    ("XOF", "CFA Franc BCEAO"),
    ("XPF", "CFP Franc"),
    ("YER", "Yemeni Rial"),
    ("ZAR", "Rand"),
    ("ZMW", "Zambian Kwacha"),
    ("ZWG", "Zimbabwe Gold"),
)

#: Codes that are English words or common acronyms in capitals: never read before a
#: number, and after one only when the next word is not in capitals too.
WORD_CODES: frozenset[str] = frozenset(
    (
        "AED",  # defibrillator
        "ALL",
        "AMD",  # the chip maker: "AMD 64"
        "BAM",
        "BOB",
        "BTN",  # button
        "CAD",  # computer-aided design
        "COP",  # the climate summits: "COP 26"
        "CUP",
        "CVE",  # vulnerability numbers: "CVE 2024"
        "DOP",
        "ERN",
        "GEL",
        "MAD",
        "MOP",
        "NAD",
        "NIO",  # the car maker
        "PEN",
        "PHP",  # the language: "PHP 8"
        "SCR",  # catalytic reduction
        "SOS",
        "TOP",  # "TOP 10"
        "TRY",  # rugby
    )
)

#: Names of one currency, by its ISO 4217 code: English, German (de) and French (fr).
#: Matched in any case; plurals listed one by one.
NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("USD", ("dollar", "dollars", "US dollars", "US-Dollar", "dólares")),
    ("EUR", ("euro", "euros")),
    # de "Pfund" alone is also a weight; "Pfund Sterling", fr "livres sterling" are not.
    ("GBP", ("pounds sterling", "sterling", "Pfund Sterling", "livres sterling")),
    ("JPY", ("yen", "yens")),
    ("CNY", ("yuan", "renminbi")),
    ("INR", ("rupee", "rupees", "Indian rupees", "Rupien", "roupies")),
    ("RUB", ("rouble", "roubles", "ruble", "rubles", "Rubel")),
    # de "Franken" is the Swiss franc alone.
    ("CHF", ("Swiss francs", "Swiss franc", "Franken", "Schweizer Franken", "francs suisses")),
    ("AUD", ("Australian dollars",)),
    ("CAD", ("Canadian dollars",)),
    ("HKD", ("Hong Kong dollars",)),
    ("SEK", ("Swedish kronor", "Swedish krona")),
    ("NOK", ("Norwegian kroner", "Norwegian krone")),
    ("DKK", ("Danish kroner", "Danish krone")),
    ("NZD", ("New Zealand dollars",)),
    ("ILS", ("shekel", "shekels", "sheqel", "sheqels", "Schekel")),
    ("IDR", ("rupiah",)),
    ("THB", ("baht",)),
    ("KRW", ("South Korean won", "Korean won")),
    ("BRL", ("reais", "Brazilian real")),
    ("ZAR", ("rand",)),
    ("PLN", ("zloty", "zlotys", "zlotych")),
    ("HUF", ("forint", "forints")),
    ("UAH", ("hryvnia", "hryvnias", "hryvnas")),
    ("MYR", ("ringgit",)),
    ("NGN", ("naira",)),
    ("TRY", ("Turkish lira", "türkische Lira", "livres turques")),
    ("MXN", ("Mexican pesos", "Mexican peso")),
    ("ARS", ("Argentine pesos", "Argentine peso")),
    ("EGP", ("Egyptian pounds", "Egyptian pound")),
    ("XOF", ("West African CFA francs",)),
    ("XAF", ("Central African CFA francs",)),
    ("VND", ("Vietnamese dong",)),
)

#: Names several currencies share: the quantity's unit is the name itself, the
#: country being left to the reader. Each with its spellings.
SHARED_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dinar", ("dinar", "dinars")),  # Algeria, Iraq, Jordan, Kuwait, Serbia, Tunisia ...
    ("peso", ("peso", "pesos")),  # Argentina, Chile, Colombia, Mexico, the Philippines ...
    ("franc", ("franc", "francs")),  # Swiss, CFA, Congolese ... (de "Franken" is CHF)
    ("CFA franc", ("CFA franc", "CFA francs", "francs CFA")),  # XOF or XAF
    ("krone", ("krone", "kroner", "Kronen", "couronnes")),  # Danish, Norwegian
    ("krona", ("krona", "kronor")),  # Swedish, Icelandic
    ("rial", ("rial", "rials", "riyal", "riyals")),  # Iran, Oman, Qatar, Saudi, Yemen
    ("dirham", ("dirham", "dirhams")),  # UAE, Morocco
    ("shilling", ("shilling", "shillings")),  # Kenya, Uganda, Tanzania, Somalia
    ("lira", ("lira", "liras", "lire")),  # Turkey (TRL before 2005, TRY), Italy, Malta
    # Minor units. "cents" are US cents unless the document's money is in euros
    # (the finder decides); German "Cent" is the same word.
    ("US cent", ("cent", "cents")),
    ("euro cent", ("euro cent", "euro cents", "Eurocent", "Eurocents", "centimes")),
    ("sen", ("sen",)),  # Malaysia, Indonesia, Japan
    ("kopek", ("kopek", "kopeks", "kopeck", "kopecks", "Kopeken")),  # Russia, Ukraine
)

#: Names that are also English words: counted only after a scale ("1.5 trillion won").
SCALED_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("KRW", ("won",)),
    ("BRL", ("real",)),
    ("VND", ("dong",)),
)

#: Signs written before the number, each with its ISO 4217 code. Longer signs
#: first where one ends another ("US$" before "$").
CURRENCY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("US$", "USD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("NT$", "TWD"),
    ("R$", "BRL"),
    ("\N{POUND SIGN}", "GBP"),
    ("$", "USD"),
    ("\N{EURO SIGN}", "EUR"),
    ("\N{YEN SIGN}", "JPY"),
    ("\N{INDIAN RUPEE SIGN}", "INR"),
    ("\N{RUBLE SIGN}", "RUB"),
    ("\N{NEW SHEQEL SIGN}", "ILS"),
    ("\N{WON SIGN}", "KRW"),
    ("\N{TURKISH LIRA SIGN}", "TRY"),
)

#: Every currency sign a prefix ends with ("$" of "US$").
CURRENCY_SIGNS = "".join(sorted({p[-1] for p, _ in CURRENCY_PREFIXES}))

#: Signs written after the number, as in French and German ("250 €", "10 $US").
CURRENCY_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("\N{EURO SIGN}", "EUR"),
    ("$US", "USD"),
    ("\N{POUND SIGN}", "GBP"),
    ("$", "USD"),
    ("\N{YEN SIGN}", "JPY"),
)
