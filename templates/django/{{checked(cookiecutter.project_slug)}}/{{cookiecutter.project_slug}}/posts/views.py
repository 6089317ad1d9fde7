"""Pages for reading posts, and for writing, editing and deleting them when allowed."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView

from .forms import PostForm
from .models import Post


class PostListView(ListView):
    queryset = Post.objects.select_related("author")
    paginate_by = 10


class PostDetailView(DetailView):
    queryset = Post.objects.select_related("author")

    def get_context_data(self, **kwargs):
        can_change = self.object.can_be_changed_by(self.request.user)
        return super().get_context_data(can_change=can_change, **kwargs)


class PostCreateView(LoginRequiredMixin, CreateView):
    model = Post
    form_class = PostForm
    extra_context = {"heading": "New post"}

    def form_valid(self, form):
        form.instance.author = self.request.user
        messages.success(self.request, "Post published.")
        return super().form_valid(form)


class AuthorOrStaffRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Anonymous users are sent to log in; other users who may not change the post get 403."""

    def test_func(self):
        return self.get_object().can_be_changed_by(self.request.user)


class PostUpdateView(AuthorOrStaffRequiredMixin, UpdateView):
    model = Post
    form_class = PostForm
    extra_context = {"heading": "Edit post"}

    def form_valid(self, form):
        messages.success(self.request, "Post updated.")
        return super().form_valid(form)


class PostDeleteView(AuthorOrStaffRequiredMixin, DeleteView):
    model = Post
    success_url = reverse_lazy("posts:list")

    def form_valid(self, form):
        messages.success(self.request, "Post deleted.")
        return super().form_valid(form)
