print("rectify: nothing here yet")
