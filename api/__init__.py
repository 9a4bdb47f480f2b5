"""The HTTP intake API: a CRM or ERP records deliveries and reads their surveys (see README)."""


class ApiStartError(RuntimeError):
    """The API cannot listen where the settings say (the port is taken, the host unknown)."""
