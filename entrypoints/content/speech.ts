/**
 * Saying a name aloud with the system's speech synthesis, when it has an Arabic voice that runs
 * on this machine. Remote voices (localService false) send the text to a server: never used.
 * Voices are looked up only when a card first asks, and may arrive later (voiceschanged).
 */

export class ArabicSpeech {
  private voice: SpeechSynthesisVoice | null = null;
  private started = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly win: Window & typeof globalThis) {}

  private get synth(): SpeechSynthesis | null {
    return 'speechSynthesis' in this.win && this.win.speechSynthesis ? this.win.speechSynthesis : null;
  }

  /** Whether a local Arabic voice exists (starts looking on first call). */
  get available(): boolean {
    this.init();
    return this.voice !== null;
  }

  /** Called when the answer to `available` may have changed. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private init(): void {
    if (this.started) return;
    this.started = true;
    const synth = this.synth;
    if (!synth || typeof this.win.SpeechSynthesisUtterance !== 'function') return;
    this.pick();
    synth.addEventListener?.('voiceschanged', () => {
      const had = this.voice;
      this.pick();
      if (had !== this.voice) for (const l of this.listeners) l();
    });
  }

  private pick(): void {
    const voices = this.synth?.getVoices() ?? [];
    const arabic = voices.filter((v) => v.localService && v.lang.toLowerCase().startsWith('ar'));
    this.voice = arabic.find((v) => v.default) ?? arabic[0] ?? null;
  }

  speak(text: string): void {
    const synth = this.synth;
    if (!synth || !this.voice) return;
    synth.cancel();
    const u = new this.win.SpeechSynthesisUtterance(text);
    u.voice = this.voice;
    u.lang = this.voice.lang;
    u.rate = 0.9;
    synth.speak(u);
  }
}
