# Password reset mails go to the console unless EMAIL_URL names a server, for example
# smtp+tls://user:password@smtp.example.com:587.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
