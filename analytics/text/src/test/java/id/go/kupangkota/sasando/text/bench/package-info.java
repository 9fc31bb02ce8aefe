/** JMH throughput benchmark of the tagger (a runnable command, not a test). */
package id.go.kupangkota.sasando.text.bench;
