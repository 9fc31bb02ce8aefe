/**
 * Shared UI: the main layout (menu built from the views' {@code @Menu}), translations with Indonesian
 * first, the one error handler, and small components (charts, safely highlighted post text).
 */
package id.go.kupangkota.sasando.dashboard.base.ui;
