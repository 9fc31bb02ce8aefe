/**
 * The file source: imports CSV and JSONL exports of other tools through a column mapping (a preset
 * or a mapping file), from the command line or from the watched drop folder. Bad rows are reported
 * with file and line and kept verbatim in the rejects folder; the good rows are imported. Rows that
 * are tweets get the X source's ids ({@code XPosts}), so a tweet fetched and imported is one post.
 */
package id.go.kupangkota.sasando.ingest.source.file;
