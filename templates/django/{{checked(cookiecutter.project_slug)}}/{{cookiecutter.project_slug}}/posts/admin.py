from django.contrib import admin

from .models import Post


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "created", "updated")
    list_filter = ("created",)
    list_select_related = ("author",)
    search_fields = ("title", "body")
    date_hierarchy = "created"
    # A search box instead of a drop-down of every user.
    autocomplete_fields = ("author",)
