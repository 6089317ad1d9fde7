"""Signing up; logging in and out and the password views are Django's own."""

from django.contrib.auth import login
from django.urls import reverse_lazy
from django.views.generic import CreateView

from .forms import SignupForm


class SignupView(CreateView):
    """Create an account and log its owner straight in."""

    form_class = SignupForm
    template_name = "registration/signup.html"
    success_url = reverse_lazy("core:home")

    def form_valid(self, form):
        response = super().form_valid(form)
        # The password was just set, not checked: log in through the model backend directly.
        login(self.request, self.object, backend="django.contrib.auth.backends.ModelBackend")
        return response
