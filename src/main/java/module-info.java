/** LeakLab: teaches privacy risk through the 2018 Amazon insider data-sale case. */
module org.leaklab {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.google.gson;
    requires java.desktop;

    exports org.leaklab.app;
    exports org.leaklab.model;
    exports org.leaklab.scoring;
    exports org.leaklab.content;
}
