"""Reports for the weekly pipeline review: conversion, time in stage, wins and
losses, forecast, trend, activity and sales velocity.

Each report is one module with one service function
`fn(session, period, filters, *, today) -> <Report>` returning a frozen
dataclass; `funnel.reports.catalog` names them for the `funnel report`
command and the Reports page. The database does the counting (GROUP BY and
window functions); Python only shapes the few result rows.
"""
