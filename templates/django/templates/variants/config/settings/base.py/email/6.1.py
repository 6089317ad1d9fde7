# Password reset mails go to the console unless EMAIL_URL names an SMTP server, for example
# smtp+tls://user:password@smtp.example.com:587 (production requires one).
EMAIL_URL = env.str("EMAIL_URL", default="")
if EMAIL_URL:
    smtp = environ.Env.email_url_config(EMAIL_URL)
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": smtp["EMAIL_HOST"],
                "port": smtp["EMAIL_PORT"],
                "username": smtp["EMAIL_HOST_USER"],
                "password": smtp["EMAIL_HOST_PASSWORD"],
                "use_tls": smtp.get("EMAIL_USE_TLS", False),
                "use_ssl": smtp.get("EMAIL_USE_SSL", False),
            },
        },
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
