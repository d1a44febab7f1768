package io.zpl.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;

/** Page-wide settings; the stylesheet is a plain static resource so the pre-compiled frontend bundle still serves. */
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {}
