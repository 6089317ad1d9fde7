from typing import Any

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from ninja import Field, Schema
from ninja.pagination import PaginationBase


class PageNumberPagination(PaginationBase):
    """Pages in the shape most API clients know: ``count``, ``next``, ``previous``, ``results``."""

    page_size = 10
    items_attribute = "results"

    class Input(Schema):
        page: int = Field(1, ge=1)

    class Output(Schema):
        count: int
        next: str | None
        previous: str | None
        results: list[Any]

    def paginate_queryset(self, queryset, pagination, request, **params):
        paginator = Paginator(queryset, self.page_size)
        try:
            page = paginator.page(pagination.page)
        except EmptyPage as error:
            raise Http404("No such page.") from error
        return {
            "count": paginator.count,
            "next": self._link(request, page.next_page_number()) if page.has_next() else None,
            "previous": (
                self._link(request, page.previous_page_number()) if page.has_previous() else None
            ),
            "results": list(page),
        }

    @staticmethod
    def _link(request, number):
        query = request.GET.copy()
        query["page"] = number
        return request.build_absolute_uri(f"?{query.urlencode()}")
