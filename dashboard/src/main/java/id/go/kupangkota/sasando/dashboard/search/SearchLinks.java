package id.go.kupangkota.sasando.dashboard.search;

import id.go.kupangkota.sasando.dashboard.base.filter.PostFilter;

/** Pencarian's address, for other views that lead to the posts behind a figure. */
public final class SearchLinks {
    /** The view's route. */
    public static final String ROUTE = "search";

    private SearchLinks() {
    }

    /** The address of Pencarian showing the posts of {@code filter}. */
    public static String of(PostFilter filter) {
        return ROUTE + "?" + filter.toQuery().getQueryString();
    }
}
