/**
 * Dashboard users kept in Elasticsearch (SasandoIndex.USERS, BCrypt hashes): sign-in lookup, the
 * first admin from the environment and, with the {@code demo} profile, demo users.
 */
package id.go.kupangkota.sasando.dashboard.users;
