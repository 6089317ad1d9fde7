"""Mail (Django's MAILERS): the console by default, a server from EMAIL_URL, required in
production."""

from django.test import SimpleTestCase

from .fresh_process import GOOD_SECRET, run_django


class MailServerSettingsTests(SimpleTestCase):
    def test_production_requires_a_mail_server(self):
        result = run_django("production", SECRET_KEY=GOOD_SECRET, EMAIL_URL="")

        self.assertNotEqual(result.returncode, 0)
        self.assertIn("EMAIL_URL is not set", result.stderr)

    def test_mail_goes_to_the_console_without_a_mail_server(self):
        code = "from django.conf import settings\nprint(settings.MAILERS['default']['BACKEND'])"

        result = run_django("local", code, EMAIL_URL="")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "django.core.mail.backends.console.EmailBackend")

    def test_mail_server_comes_from_email_url(self):
        code = "from django.conf import settings\nprint(settings.MAILERS['default']['OPTIONS'])"

        result = run_django("local", code, EMAIL_URL="smtp+tls://user:secret@mail.example.com:587")

        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("'host': 'mail.example.com'", result.stdout)
        self.assertIn("'port': 587", result.stdout)
        self.assertIn("'use_tls': True", result.stdout)
