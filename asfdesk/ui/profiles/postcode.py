"""Fill city and municipality from a typed postcode, unless the user typed their own."""

from __future__ import annotations

from asfdesk.domain.errors import ValidationError
from asfdesk.geodata import lookup_postcode
from asfdesk.ui.profiles.form import RecordForm


class PostcodeFill:
    """Attach to a form with `postal_code`, `city` and `municipality_code` fields: leaving the
    postcode fills the other two from the shipped postcode table (as the enterprise form does).
    A value the user typed is kept; one filled earlier follows a corrected postcode."""

    def __init__(self, form: RecordForm) -> None:
        self.form = form
        self._auto: dict[str, object] = {"city": None, "municipality_code": None}
        form.fields["postal_code"].on_leave(self.postcode_left)

    def postcode_left(self) -> None:
        try:
            info = lookup_postcode(self.form.value("postal_code") or "")
        except ValidationError:
            return  # the field shows the message
        if info is None:
            return
        for name, value in (("city", info.city), ("municipality_code", info.municipality_code)):
            current = self.form.value(name)
            if current is None or current == "" or current == self._auto[name]:
                if current != value:
                    self.form.set_value(name, value)
                self._auto[name] = value
