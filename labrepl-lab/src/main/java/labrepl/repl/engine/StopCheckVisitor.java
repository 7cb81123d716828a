package labrepl.repl.engine;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Puts a call to {@link StopSwitch#check()} at the start of a snippet's method
 * and before every backward jump, so that a loop or a recursion in the learner's code stops at
 * Ctrl-C (JShell does the same on JDK 20+). The call takes and leaves nothing on the stack, so
 * the method's frames stay as they are.
 */
final class StopCheckVisitor extends MethodVisitor {

    private static final String SWITCH = StopSwitch.class.getName().replace('.', '/');

    private final Set<Label> passed = new HashSet<>();

    StopCheckVisitor(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    @Override
    public void visitCode() {
        super.visitCode();
        check();
    }

    @Override
    public void visitLabel(Label label) {
        super.visitLabel(label);
        passed.add(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        if (passed.contains(label)) {
            check();
        }
        super.visitJumpInsn(opcode, label);
    }

    private void check() {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, SWITCH, "check", "()V", false);
    }
}
