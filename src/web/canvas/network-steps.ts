/** The passes of the tiny network, one block at a time: forward to ℓ, then backward to every gradient. */
export const NETWORK_STEPS = [
  "Before the passes: x is set; drag it or move it with the arrow keys.",
  "Forward, block 1: a = Wx + b.",
  "Forward, block 2: h = σ(a), coordinate by coordinate.",
  "Forward, block 3: ℓ = cᵀh.",
  "Backward, block 3: ∇ₕℓ = (cᵀ)ᵀ · 1 = c.",
  "Backward, block 2: ∇ₐℓ = Diag(σ′(a))ᵀ ∇ₕℓ = δ.",
  "Backward, block 1: ∇ₓℓ = Wᵀδ; and for the parameters ∇_W ℓ = δxᵀ, ∇_b ℓ = δ, ∇_c ℓ = h.",
] as const;

/** The index of the last step. */
export const LAST_NETWORK_STEP = NETWORK_STEPS.length - 1;
