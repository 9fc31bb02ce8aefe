/**
 * The demo corpus: a deterministic, realistic stream of synthetic posts about Kota Kupang
 * (Indonesian and Kupang Malay, local issues, spikes, risky posts and their false-alarm look-alikes,
 * news reports, KIM campaigns, bots, replies and reposts) in the file-import format. The templates
 * and word lists are commented resource files next to this package.
 */
package id.go.kupangkota.sasando.ingest.demo;
