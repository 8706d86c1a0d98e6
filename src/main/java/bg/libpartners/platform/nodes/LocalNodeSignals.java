package bg.libpartners.platform.nodes;

import java.util.function.Consumer;

/** One node: there is nobody to tell, and nobody tells this node anything. */
final class LocalNodeSignals implements NodeSignals {

    @Override
    public void publish(String topic, String detail) {
        // no other node
    }

    @Override
    public void send(String topic, String detail) {
        // no other node
    }

    @Override
    public void subscribe(String topic, Consumer<String> action) {
        // no other node sends anything
    }

    @Override
    public boolean several() {
        return false;
    }
}
