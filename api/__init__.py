"""The HTTP intake API: a CRM or ERP records deliveries and reads their surveys (see README)."""
