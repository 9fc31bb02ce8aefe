/**
 * The browser test of the whole dashboard (issues #2 and #5): the application on a real port against
 * the test Elasticsearch, driven through Debian's Chromium by Selenium along an analyst's main path.
 */
package id.go.kupangkota.sasando.dashboard.e2e;
