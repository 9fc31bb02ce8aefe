/** Akun: the most active accounts of the period and who mentions whom, as aggregations over posts. */
package id.go.kupangkota.sasando.dashboard.accounts;
