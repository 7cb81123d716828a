package labrepl.repl.engine;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Puts a call to {@link StopSwitch#check()} at the start of every method of a compiled snippet
 * and before every backward jump, so that a loop or a recursion in the learner's code stops at
 * Ctrl-C (JShell does the same on JDK 20+). The call takes and leaves nothing on the stack, so
 * the method's frames stay as they are.
 */
final class StopCheckWeaver {

    private static final String SWITCH = StopSwitch.class.getName().replace('.', '/');

    private StopCheckWeaver() {
    }

    static byte[] weave(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new CheckingVisitor(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class CheckingVisitor extends MethodVisitor {
        private final Set<Label> passed = new HashSet<>();

        CheckingVisitor(MethodVisitor next) {
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
}
