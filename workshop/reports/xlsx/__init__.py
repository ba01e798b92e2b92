"""The data export as an Excel workbook: the team's sheets, and tables written with XlsxWriter."""
