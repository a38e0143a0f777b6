/** The smallest one-FXML JavaFX window: the yardstick for LeakLab's start-up in bench/startup.sh. */
module leaklab.minimal {
    requires javafx.controls;
    requires javafx.fxml;

    exports org.leaklab.bench.minimal;
    opens org.leaklab.bench.minimal to javafx.fxml;
}
