print("rectify-bench: nothing to measure yet")
