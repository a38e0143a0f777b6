/** LeakLab: teaches privacy risk through the 2018 Amazon insider data-sale case. */
module org.leaklab {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires java.desktop;
    requires jdk.httpserver;
    // The class network silences the JDK web server's own logger, which names addresses; the
    // runnable jar (org.leaklab.app.ClassPathStart) uses it too.
    requires java.logging;
    requires io.nayuki.qrcodegen;

    exports org.leaklab.app;
    exports org.leaklab.model;
    exports org.leaklab.scoring;
    exports org.leaklab.content;

    opens org.leaklab.ui.shell to javafx.fxml;
    opens org.leaklab.ui.start to javafx.fxml;
    opens org.leaklab.ui.about to javafx.fxml;
    opens org.leaklab.ui.shortcuts to javafx.fxml;
    opens org.leaklab.ui.play to javafx.fxml;
    opens org.leaklab.ui.explorer to javafx.fxml;
    opens org.leaklab.ui.history to javafx.fxml;
    opens org.leaklab.ui.presenter to javafx.fxml;
    opens org.leaklab.ui.classnet to javafx.fxml;
    opens org.leaklab.ui.briefing to javafx.fxml;
    opens org.leaklab.ui.summary to javafx.fxml;
    opens org.leaklab.ui.casepack to javafx.fxml;
    opens org.leaklab.ui.common to javafx.fxml;
    opens org.leaklab.ui.estimate to javafx.fxml;
    opens org.leaklab.ui.choice to javafx.fxml;
    opens org.leaklab.ui.decision to javafx.fxml;
    opens org.leaklab.ui.ranking to javafx.fxml;
    opens org.leaklab.ui.guide to javafx.fxml;
    opens org.leaklab.ui.lessonplan to javafx.fxml;

    opens org.leaklab.settings to com.google.gson;
}
