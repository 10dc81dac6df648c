"""Domain errors keep personal data out of their texts (exception texts reach logs and dialogs)."""

from __future__ import annotations

import pytest

from asfdesk.domain.errors import ValidationError
from asfdesk.domain.identifiers import normalize_personnummer


@pytest.mark.parametrize("language", ["en", "sv"])
def test_an_invalid_personnummer_is_not_repeated_in_the_message(language):
    with pytest.raises(ValidationError) as refused:
        normalize_personnummer("19900101-0018")  # wrong check digit
    text = refused.value.message(language)
    assert "0101" not in text and "0018" not in text
    assert "0018" not in repr(refused.value) and "0018" not in " ".join(map(str, refused.value.args))
    assert refused.value.field == "personnummer"
