/** Streaming writers for exports (CSV, JSON lines, XLSX): rows in, bytes out, nothing held in memory. */
package id.go.kupangkota.sasando.dashboard.base.export;
