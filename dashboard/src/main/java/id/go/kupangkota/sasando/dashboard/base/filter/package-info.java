/**
 * The filter every analytical view shares (WITA date range plus facets), and its round trip through
 * URL query parameters so a view can be bookmarked and shared. Free of Elasticsearch types.
 */
package id.go.kupangkota.sasando.dashboard.base.filter;
