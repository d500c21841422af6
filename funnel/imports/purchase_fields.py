"""Columns of a shop's or accounting program's order export, and the words
that mark a cancelled order or a return."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from funnel.imports.headers import normalize_header

PURCHASE_FIELDS = ("client", "name", "phone", "email", "order", "date", "amount", "quantity",
                   "price", "currency", "status")  # fmt: skip
ALIASES: dict[str, tuple[str, ...]] = {
    "client": ("customer id", "customerid", "client id", "clientid", "customer number",
               "customer no", "customer code", "external id", "код клиента", "id клиента",
               "ид клиента", "код покупателя", "код контрагента", "id do cliente",
               "código do cliente", "codigo do cliente"),
    "name": ("customer name", "client name", "customer", "client", "name", "buyer",
             "покупатель", "клиент", "контрагент", "фио", "имя", "имя клиента", "nome",
             "cliente", "nome do cliente", "comprador"),
    "order": ("order", "order id", "order number", "order no", "order #", "invoice", "invoiceno",
              "invoice no", "invoice number", "номер заказа", "заказ", "№ заказа", "номер",
              "номер документа", "документ", "pedido", "número do pedido", "nº do pedido",
              "numero do pedido", "nota fiscal"),
    "date": ("date", "order date", "invoicedate", "invoice date", "purchase date", "created",
             "created at", "дата", "дата заказа", "дата документа", "дата продажи", "data",
             "data do pedido", "data da compra"),
    "amount": ("amount", "total", "order total", "sum", "line total", "revenue", "сумма",
               "итого", "сумма заказа", "сумма продажи", "valor", "total do pedido",
               "valor total"),
    "quantity": ("quantity", "qty", "количество", "кол-во", "quantidade", "qtd", "qtde"),
    "price": ("price", "unit price", "unitprice", "цена", "цена за единицу", "preço",
              "preço unitário", "valor unitário", "preco"),
    "currency": ("currency", "валюта", "moeda"),
    "status": ("status", "order status", "статус", "статус заказа", "состояние", "situação",
               "status do pedido"),
    "phone": ("phone", "telephone", "phone number", "телефон", "telefone", "celular"),
    "email": ("email", "e-mail", "e - mail", "почта", "электронная почта"),
}  # fmt: skip
_ALIAS = {normalize_header(a): f for f, names in ALIASES.items() for a in names}
CANCEL_WORDS = frozenset({
    "cancelled", "canceled", "cancel", "refunded", "refund", "returned", "return", "void",
    "отменен", "отменён", "отменено", "отмена", "возврат", "отказ", "аннулирован",
    "cancelado", "cancelada", "devolvido", "devolvida", "estornado", "reembolsado",
})  # fmt: skip
# The UCI "Online Retail" convention many shop exports share: an invoice
# number "C536379" is the cancellation of an order.
CANCEL_REF = re.compile(r"[Cc]\d+")


def auto_map_purchases(columns: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for column in columns:
        field = _ALIAS.get(normalize_header(column))
        if field and field not in found:
            found[field] = column
    return {f: found[f] for f in PURCHASE_FIELDS if f in found}


def merge_purchase_mapping(auto: Mapping[str, str], overrides: Mapping[str, str]) -> dict[str, str]:
    merged = dict(auto)
    for field, column in overrides.items():
        if column:
            merged[field] = column
        else:
            merged.pop(field, None)
    return {f: merged[f] for f in PURCHASE_FIELDS if f in merged}


def is_cancel_word(text: str) -> bool:
    return " ".join(text.split()).casefold().replace("ё", "е") in CANCEL_WORDS or (
        text.strip().casefold() in CANCEL_WORDS
    )
