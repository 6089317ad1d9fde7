"""Validation of post input."""

import unittest

from {{ cookiecutter.project_slug }}.posts.validation import validate_post


class ValidatePostTests(unittest.TestCase):
    def test_valid_input_is_cleaned(self):
        self.assertEqual(
            validate_post({"title": "  Hello ", "body": "World\n"}),
            ({"title": "Hello", "body": "World"}, {}),
        )

    def test_invalid_input_is_reported_by_field(self):
        cases = [
            ({"body": "x"}, "title"),
            ({"title": "", "body": "x"}, "title"),
            ({"title": "   ", "body": "x"}, "title"),
            ({"title": "x" * 201, "body": "x"}, "title"),
            ({"title": 42, "body": "x"}, "title"),
            ({"title": "x", "body": None}, "body"),
            ({"title": "x", "body": ["x"]}, "body"),
        ]
        for data, field in cases:
            with self.subTest(data=data, field=field):
                values, errors = validate_post(data)

                self.assertEqual(list(errors), [field])
                self.assertNotIn(field, values)

    def test_partial_input_checks_only_the_given_fields(self):
        self.assertEqual(validate_post({"title": "New"}, partial=True), ({"title": "New"}, {}))
        self.assertEqual(
            validate_post({"body": ""}, partial=True)[1], {"body": ["This field is required."]}
        )
