/**
 * Pencarian: full-text search with every filter, highlighted matches, paging through large results
 * with search_after, and streamed CSV/XLSX export of the whole result.
 */
package id.go.kupangkota.sasando.dashboard.search;
