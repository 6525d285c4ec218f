import Testing
@testable import ArgMap

@Suite struct ScalarOffsetsTests {
    @Test func convertsMultiByteOffsets() {
        let text = "a’b€c😀d"
        let offsets = ScalarOffsets(text)
        // byte offsets: a=0, ’=1..4, b=4, €=5..8, c=8, 😀=9..13, d=13, end=14
        #expect(offsets[0] == 0)
        #expect(offsets[4] == 2)
        #expect(offsets[8] == 4)
        #expect(offsets[13] == 6)
        #expect(offsets[14] == 7)
    }
}
