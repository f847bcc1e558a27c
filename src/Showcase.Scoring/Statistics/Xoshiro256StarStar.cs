using System.Buffers.Binary;

namespace Showcase.Scoring.Statistics;

/// <summary>
/// xoshiro256** (Blackman and Vigna), written here so that the figures seeded from a results digest repeat on every
/// platform and .NET version (System.Random's algorithm is not a published contract). The 256-bit state is the
/// 32 digest bytes read as four little-endian 64-bit words.
/// </summary>
internal sealed class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256StarStar(ReadOnlySpan<byte> seed32)
    {
        if (seed32.Length != 32)
        {
            throw new ArgumentException("The seed is 32 bytes (a SHA-256 digest).", nameof(seed32));
        }

        _s0 = BinaryPrimitives.ReadUInt64LittleEndian(seed32);
        _s1 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[8..]);
        _s2 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[16..]);
        _s3 = BinaryPrimitives.ReadUInt64LittleEndian(seed32[24..]);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 0x9E3779B97F4A7C15; // the all-zero state is the generator's one fixed point
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, bound), without bias (Lemire's multiply-and-reject).</summary>
    public int NextBelow(int bound)
    {
        var range = (ulong)bound;
        var product = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = (0 - range) % range;
            while (low < threshold)
            {
                product = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)product;
    }
}
